import type { ErrorRegistry } from "@prisma/driver-adapter-utils";

/** The JSON-RPC error object the Prisma CLI expects from its schema engine (see `runCommand` in prisma's cli.js). */
export type TRpcError = {
  code: number;
  message: string;
  data: { is_panic: boolean; message: string; error_code?: string; meta?: unknown; backtrace?: string };
};

const SERVER_ERROR = 4466;

type TEngineError = Error & { code?: unknown; meta?: unknown };

const EXTERNAL_ERROR_ID = /External error id#(\d+)/g;

/**
 * A JS error thrown inside the driver adapter reaches us only as "External error id#N", the key under which the
 * adapter's error registry stored the original; the original message is far more useful to the user.
 */
export function expandExternalErrors(message: string, registry: ErrorRegistry | undefined): string {
  return message.replace(EXTERNAL_ERROR_ID, (placeholder, id: string) => {
    const original = registry?.consumeError(Number(id))?.error;
    return original instanceof Error ? original.message : placeholder;
  });
}

export function toRpcError(error: unknown, panicMessage: string | undefined, registry?: ErrorRegistry): TRpcError {
  if (panicMessage !== undefined) {
    return {
      code: SERVER_ERROR,
      message: panicMessage,
      data: { is_panic: true, message: panicMessage, backtrace: error instanceof Error ? error.stack : undefined },
    };
  }
  if (!(error instanceof Error)) {
    return { code: SERVER_ERROR, message: String(error), data: { is_panic: false, message: String(error) } };
  }
  const engineError: TEngineError = error;
  const message = expandExternalErrors(engineError.message, registry);
  const errorCode = typeof engineError.code === "string" ? engineError.code : undefined;
  return {
    code: SERVER_ERROR,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, error_code: errorCode, meta: engineError.meta },
  };
}
