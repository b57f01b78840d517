-- Stored run summaries counted failed calls as present in the per-sample bitsets, so the paired test against the
-- best run counted them as wrong answers. Drop them: readers store a fresh summary for every completed run that
-- lacks one (lib/runs/summary.ts).
DELETE FROM "RunSummary";
