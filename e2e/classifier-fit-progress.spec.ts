import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/accessibility";
import { createDataset, uniqueName } from "./support/factories";

// An embedding-classifier run while its fit is going on (issue 17): the run page says which step the fit is at,
// and a cancel stops it. The embeddings endpoint is a server of this spec's own, which holds every request until
// the spec lets it answer, so the fit is caught embedding TRAIN however fast the machine is.

/** /v1/embeddings answered only on release(): a small deterministic vector per text. */
async function startHeldEmbeddings() {
  const held: (() => void)[] = [];
  let releasing = false;
  const answer = (texts: string[], res: ServerResponse) => {
    const data = texts.map((text, index) => ({
      index,
      embedding: [text.length % 7, text.charCodeAt(0) % 11, text.charCodeAt(text.length - 1) % 13, 1],
    }));
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ data, usage: { prompt_tokens: texts.length, total_tokens: texts.length } }));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (!req.url?.endsWith("/embeddings")) return void res.writeHead(404).end();
      const { input } = JSON.parse(body) as { input: string[] | string };
      const texts = Array.isArray(input) ? input : [input];
      if (releasing) answer(texts, res);
      else held.push(() => answer(texts, res));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    heldRequests: () => held.length,
    release() {
      releasing = true;
      for (const respond of held.splice(0)) respond();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test("the run page shows the classifier's fit as it goes, and a cancel stops it", async ({ page, request }) => {
  const embeddings = await startHeldEmbeddings();
  try {
    const dataset = await createDataset(request, {
      name: uniqueName("Fit progress abstracts"),
      file: "data/medical-abstracts-classification-200.csv",
      testFraction: 0.5,
    });
    const endpoint = await request.post("/api/endpoints", {
      data: {
        name: uniqueName("Held embeddings"),
        baseUrl: embeddings.url,
        model: "held-embed",
        apiKey: "sk-held-1234",
        inputPricePerM: 0,
        outputPricePerM: 0,
      },
    });
    expect(endpoint.status(), await endpoint.text()).toBe(201);
    const endpointId = ((await endpoint.json()) as { id: string }).id;
    const created = await request.post("/api/runs/embedding-classifier", {
      data: { datasetId: dataset.id, endpointId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const runId = ((await created.json()) as { id: string }).id;

    await expect.poll(() => embeddings.heldRequests(), { timeout: 60_000 }).toBeGreaterThan(0);
    await page.goto(`/runs/${runId}`);
    const fitting = page.getByTestId("classifier-fit-progress");
    await expect(fitting).toContainText(`Fitting the classifier: embedding TRAIN 0/${dataset.trainCount} texts`);
    await expect(fitting.getByRole("progressbar", { name: "Classifier fit progress" })).toBeVisible();
    const api = (await (await request.get(`/api/runs/${runId}`)).json()) as { classifierFitProgress: unknown };
    expect(api.classifierFitProgress).toMatchObject({ stage: "EMBEDDING", done: 0, total: dataset.trainCount });
    await expectAccessible(page);
    await page.screenshot({ path: "e2e/screenshots/embedding-classifier-fitting.png", fullPage: true });

    await page.getByRole("button", { name: "Cancel run" }).click();
    await expect(page.getByText("This run was cancelled.")).toBeVisible();
    await expect(fitting).toHaveCount(0);
    // The held answers come after the cancel: the fit drops at its next step, with nothing stored.
    embeddings.release();
    await expect
      .poll(async () => {
        const run = (await (await request.get(`/api/runs/${runId}`)).json()) as { status: string; classifier: unknown };
        return { status: run.status, classifier: run.classifier };
      })
      .toEqual({ status: "CANCELLED", classifier: null });
  } finally {
    await embeddings.close();
  }
});
