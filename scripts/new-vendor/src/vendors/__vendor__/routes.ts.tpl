import type { HandlerMap } from '../../app/handler-types.js';
import type { Account, __Vendor__State } from './state.js';

export const __vendor__Handlers: HandlerMap<'__vendor__', Account, __Vendor__State> = {
  __vendor__GetAccount({ principal: account }) {
    return { status: 200, body: { id: account.id, name: account.name, created_at: account.createdAt } };
  },
};
