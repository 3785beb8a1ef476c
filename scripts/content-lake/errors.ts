/** An error that crosses the HTTP boundary: it carries the status and Sanity's error `type`. */
export class ContentLakeError extends Error {
  constructor(
    readonly statusCode: number,
    readonly type: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ContentLakeError';
  }

  /** The JSON body Sanity sends for this kind of error; @sanity/client reads `error.description`. */
  toBody(): Record<string, unknown> {
    return {
      error: { description: this.message, type: this.type, ...this.details },
      statusCode: this.statusCode,
      message: this.message,
    };
  }
}

/** A configuration problem found at start-up: the CLI prints it and exits with `exitCode`. */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}
