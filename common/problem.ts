/** RFC 9457 problem document: what the API answers on failure, in the request's language. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors: { path: string; message: string }[];
};
