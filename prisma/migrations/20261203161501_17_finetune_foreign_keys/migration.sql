-- Issue 17: the fine-tune table's references become foreign keys. Rows left behind by a deleted dataset or endpoint
-- (nothing enforced it before) are removed or unlinked first, so the constraints can be added.
DELETE FROM "FineTune" f WHERE NOT EXISTS (SELECT 1 FROM "Dataset" d WHERE d.id = f."datasetId");
DELETE FROM "FineTune" f WHERE NOT EXISTS (SELECT 1 FROM "ModelEndpoint" e WHERE e.id = f."providerEndpointId");
UPDATE "FineTune" f SET "resultEndpointId" = NULL
WHERE "resultEndpointId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ModelEndpoint" e WHERE e.id = f."resultEndpointId");

-- AddForeignKey
ALTER TABLE "FineTune" ADD CONSTRAINT "FineTune_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FineTune" ADD CONSTRAINT "FineTune_providerEndpointId_fkey" FOREIGN KEY ("providerEndpointId") REFERENCES "ModelEndpoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FineTune" ADD CONSTRAINT "FineTune_resultEndpointId_fkey" FOREIGN KEY ("resultEndpointId") REFERENCES "ModelEndpoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Only an endpoint registered by a fine-tune job is "fine-tuned": the demo's naive Bayes endpoint (a built-in model
-- of the local provider, trained on TRAIN but not by a fine-tune job) was seeded with that tag.
UPDATE "ModelEndpoint" e SET tags = array_remove(tags, 'fine-tuned')
WHERE 'fine-tuned' = ANY(tags) AND e.model LIKE 'naive-bayes:%' AND e."baseUrl" LIKE '%/api/local/v1'
  AND NOT EXISTS (SELECT 1 FROM "FineTune" f WHERE f."resultEndpointId" = e.id);
