import { createContext, useContext } from 'react';

export interface ToastRequest {
  message: string;
  /** One action, such as 撤销; the toast closes after it runs. */
  action?: { label: string; run: () => unknown };
  /** Move focus to the action: the control the user was on is gone (e.g. the editor closed). */
  focusAction?: boolean;
}

export const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined);

export const useShowToast = () => useContext(ToastContext);
