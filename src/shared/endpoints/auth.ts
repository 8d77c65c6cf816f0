import {
  ChangePasswordRequest,
  CaseworkerListResponse,
  CreateCaseworkerRequest,
  CreateCaseworkerResponse,
  LoginRequest,
  LoginResponse,
  MeResponse,
  OkResponse,
  SessionResponse,
} from '../schemas/api';
import { PhotoResponse, WorkingHoursRequest } from '../schemas/connect';
import { endpoint } from './define';

/** Signing in and out, and a member of staff's own settings. */
export const auth = {
  login: endpoint('auth.login', {
    method: 'POST',
    path: '/api/auth/login',
    auth: 'none',
    summary: 'Sign in with email and password; sets the session cookie.',
    body: LoginRequest,
    response: LoginResponse,
  }),
  me: endpoint('auth.me', {
    method: 'GET',
    path: '/api/auth/me',
    auth: 'staff',
    summary: 'Who is signed in, with a fresh CSRF token.',
    response: MeResponse,
  }),
  session: endpoint('auth.session', {
    method: 'GET',
    path: '/api/auth/session',
    auth: 'none',
    summary: 'Whether anyone is signed in here: the session, or null (never a 401).',
    response: SessionResponse,
  }),
  logout: endpoint('auth.logout', {
    method: 'POST',
    path: '/api/auth/logout',
    auth: 'staff',
    summary: 'Sign out: ends the session.',
    response: OkResponse,
  }),
  changePassword: endpoint('auth.changePassword', {
    method: 'POST',
    path: '/api/auth/password',
    auth: 'staff',
    summary: 'Change your own password.',
    body: ChangePasswordRequest,
    response: OkResponse,
  }),
  workingHours: endpoint('auth.workingHours', {
    method: 'GET',
    path: '/api/auth/working-hours',
    auth: 'staff',
    summary: 'Your own working hours.',
    response: WorkingHoursRequest,
  }),
  setWorkingHours: endpoint('auth.setWorkingHours', {
    method: 'PUT',
    path: '/api/auth/working-hours',
    auth: 'staff',
    summary: 'Set your own working hours.',
    body: WorkingHoursRequest,
    response: WorkingHoursRequest,
  }),
  uploadPhoto: endpoint('auth.uploadPhoto', {
    method: 'POST',
    path: '/api/auth/photo',
    auth: 'staff',
    summary: 'Upload a photo (the body is the image itself); answers where it is served.',
    consumes: ['image/jpeg', 'image/png', 'image/webp'],
    response: PhotoResponse,
    success: [201],
  }),
};

/** The service's staff (the lead only). */
export const caseworkers = {
  list: endpoint('caseworkers.list', {
    method: 'GET',
    path: '/api/caseworkers',
    auth: 'staff',
    summary: "The service's staff.",
    response: CaseworkerListResponse,
  }),
  create: endpoint('caseworkers.create', {
    method: 'POST',
    path: '/api/caseworkers',
    auth: 'staff',
    summary: 'Add a member of staff; answers their one-time password.',
    body: CreateCaseworkerRequest,
    response: CreateCaseworkerResponse,
    success: [201],
  }),
};
