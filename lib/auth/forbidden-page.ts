/** The page a signed-in visitor sees when their role does not reach a page (APIs answer JSON instead). */
export function renderForbiddenPage(message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not allowed · Evalboard</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="font-family:system-ui,sans-serif;background:#f8fafc;color:#0f172a;display:grid;place-items:center;min-height:100vh;margin:0">
<main style="max-width:28rem;padding:2rem;background:#fff;border:1px solid #e2e8f0;border-radius:.75rem">
<h1 style="font-size:1.25rem;margin:0 0 .5rem">Not allowed</h1><p style="color:#475569;margin:0 0 1.25rem">${message}</p>
<a href="/" style="color:#4f46e5;font-weight:500">Back to Evalboard</a></main></body></html>`;
}
