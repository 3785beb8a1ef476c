/** An error that ends an HTTP request with a definite status and a short public message. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
  }
}

/** An error that ends a command-line tool with a definite exit code. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(exitCode: number, message: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Configuration that cannot be used: names the variable so the operator knows what to fix. */
export class ConfigError extends Error {
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** A build, verification or deploy step that failed; the live release was not touched. */
export class BuildStepError extends Error {
  readonly step: 'prepare' | 'build' | 'verify' | 'deploy' | 'switch';

  constructor(step: BuildStepError['step'], message: string) {
    super(message);
    this.name = 'BuildStepError';
    this.step = step;
  }
}
