import { App, type FormInstance } from 'antd';
import { ApiProblem, toFormFields } from '../../common/problem';

/** Shows a failed request: its title as a message, its field errors on the form's fields. */
export function useProblem() {
  const { message } = App.useApp();
  return (error: unknown, form?: FormInstance) => {
    if (!(error instanceof ApiProblem)) {
      message.error(String(error));
      return;
    }
    if (error.code === 'UNAUTHENTICATED' || error.code === 'PASSWORD_EXPIRED') return;
    if (form) form.setFields(toFormFields(error.problem));
    message.error(error.problem.title);
  };
}
