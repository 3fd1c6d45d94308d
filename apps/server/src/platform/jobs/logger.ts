/** The subset of pino's logger the runner and scheduler use; pino's Logger satisfies it. */
export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Used when no logger is given: quiet, except that failures of the machinery itself stay visible. */
export const defaultLogger: JobLogger = {
  info() {},
  warn() {},
  error(obj, msg) {
    console.error(msg, obj);
  },
};
