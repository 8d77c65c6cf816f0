import type { Staff } from './auth/sessions';

/** A phone, as every device route sees it (found from its bearer token). */
export interface DeviceAuth {
  deviceId: string;
  serviceId: string;
  personId: string;
  /** The person's profile version when this request began (see ProfileCache). */
  profileVersion: number;
}

/** Hono environments: what `c.get()` holds on each kind of route. */
export interface AppEnv {
  /** `inlineStyleHashes`: set by the static files for an HTML page with inline critical CSS. */
  Variables: { requestId: string; inlineStyleHashes?: readonly string[] };
}
export interface StaffEnv {
  Variables: { requestId: string; staff: Staff };
}
export interface DeviceEnv {
  Variables: { requestId: string; device: DeviceAuth };
}

/** A route open to staff and phones alike (photos): one of the two is set. */
export type Caller =
  | { kind: 'staff'; serviceId: string; staff: Staff }
  | { kind: 'device'; serviceId: string; device: DeviceAuth };
export interface CallerEnv {
  Variables: { requestId: string; caller: Caller };
}
