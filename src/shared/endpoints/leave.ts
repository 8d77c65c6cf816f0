import { OkResponse } from '../schemas/api';
import {
  ChangeLeaveRequest,
  Leave,
  LeaveList,
  LeaveParams,
  PutLeaveRequest,
} from '../schemas/leave';
import { endpoint } from './define';

/** A caseworker's leave and who covers their people meanwhile. */
export const leave = {
  list: endpoint('leave.list', {
    method: 'GET',
    path: '/api/leave',
    auth: 'staff',
    summary:
      "Leave not yet over: the team's for the lead; your own and where you cover, for a caseworker.",
    response: LeaveList,
  }),
  save: endpoint('leave.save', {
    method: 'PUT',
    path: '/api/leave/:leaveId',
    auth: 'staff',
    summary:
      "Record or change a leave (London days) and its cover: your own, or anyone's for the lead (audited).",
    params: LeaveParams,
    body: PutLeaveRequest,
    response: Leave,
  }),
  change: endpoint('leave.change', {
    method: 'PATCH',
    path: '/api/leave/:leaveId',
    auth: 'staff',
    summary:
      "Change the days or covers of a leave not yet over: your own, or anyone's for the lead (audited).",
    params: LeaveParams,
    body: ChangeLeaveRequest,
    response: Leave,
  }),
  remove: endpoint('leave.remove', {
    method: 'DELETE',
    path: '/api/leave/:leaveId',
    auth: 'staff',
    summary: 'Take a leave off: cover ends at once (audited).',
    params: LeaveParams,
    response: OkResponse,
  }),
};
