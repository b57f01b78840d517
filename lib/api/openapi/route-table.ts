import type { TRouteModule } from "./operations";
import * as rCompare from "@/app/api/compare/route";
import * as rDatasetsId from "@/app/api/datasets/[id]/route";
import * as rDatasetsIdSamples from "@/app/api/datasets/[id]/samples/route";
import * as rDatasetsPreview from "@/app/api/datasets/preview/route";
import * as rDatasets from "@/app/api/datasets/route";
import * as rEndpointsId from "@/app/api/endpoints/[id]/route";
import * as rEndpointsIdTest from "@/app/api/endpoints/[id]/test/route";
import * as rEndpoints from "@/app/api/endpoints/route";
import * as rHealth from "@/app/api/health/route";
import * as rJudgingsIdCancel from "@/app/api/judgings/[id]/cancel/route";
import * as rJudgingsIdJudgements from "@/app/api/judgings/[id]/judgements/route";
import * as rJudgingsIdResume from "@/app/api/judgings/[id]/resume/route";
import * as rJudgingsId from "@/app/api/judgings/[id]/route";
import * as rJudgingsJury from "@/app/api/judgings/jury/route";
import * as rJudgings from "@/app/api/judgings/route";
import * as rLeaderboardExport from "@/app/api/leaderboard/export/route";
import * as rLeaderboard from "@/app/api/leaderboard/route";
import * as rLocalV1ChatCompletions from "@/app/api/local/v1/chat/completions/route";
import * as rLocalV1Models from "@/app/api/local/v1/models/route";
import * as rOpenapiJson from "@/app/api/openapi.json/route";
import * as rPairwiseIdCancel from "@/app/api/pairwise-judgings/[id]/cancel/route";
import * as rPairwiseIdExport from "@/app/api/pairwise-judgings/[id]/export/route";
import * as rPairwiseIdRejudge from "@/app/api/pairwise-judgings/[id]/rejudge/route";
import * as rPairwiseIdResume from "@/app/api/pairwise-judgings/[id]/resume/route";
import * as rPairwiseId from "@/app/api/pairwise-judgings/[id]/route";
import * as rPairwiseIdSamplesSampleid from "@/app/api/pairwise-judgings/[id]/samples/[sampleId]/route";
import * as rPairwiseIdSamples from "@/app/api/pairwise-judgings/[id]/samples/route";
import * as rPairwisePreview from "@/app/api/pairwise-judgings/preview/route";
import * as rPairwise from "@/app/api/pairwise-judgings/route";
import * as rRunsIdCancel from "@/app/api/runs/[id]/cancel/route";
import * as rRunsIdInvalidGroups from "@/app/api/runs/[id]/invalid-groups/route";
import * as rRunsIdOutputsSampleid from "@/app/api/runs/[id]/outputs/[sampleId]/route";
import * as rRunsIdOutputsExport from "@/app/api/runs/[id]/outputs/export/route";
import * as rRunsIdOutputs from "@/app/api/runs/[id]/outputs/route";
import * as rRunsIdRerunFailed from "@/app/api/runs/[id]/rerun-failed/route";
import * as rRunsIdResume from "@/app/api/runs/[id]/resume/route";
import * as rRunsId from "@/app/api/runs/[id]/route";
import * as rRunsGate from "@/app/api/runs/gate/route";
import * as rRunsPreview from "@/app/api/runs/preview/route";
import * as rRuns from "@/app/api/runs/route";
import * as rRunsEmbeddingClassifier from "@/app/api/runs/embedding-classifier/route";
import * as rDatasetsIdFinetuneExport from "@/app/api/datasets/[id]/finetune-export/route";
import * as rFinetunesIdCancel from "@/app/api/finetunes/[id]/cancel/route";
import * as rFinetunesId from "@/app/api/finetunes/[id]/route";
import * as rFinetunes from "@/app/api/finetunes/route";
import * as rLocalV1Embeddings from "@/app/api/local/v1/embeddings/route";
import * as rLocalV1Files from "@/app/api/local/v1/files/route";
import * as rLocalV1FineTuningJobsIdCancel from "@/app/api/local/v1/fine_tuning/jobs/[id]/cancel/route";
import * as rLocalV1FineTuningJobsIdEvents from "@/app/api/local/v1/fine_tuning/jobs/[id]/events/route";
import * as rLocalV1FineTuningJobsId from "@/app/api/local/v1/fine_tuning/jobs/[id]/route";
import * as rLocalV1FineTuningJobs from "@/app/api/local/v1/fine_tuning/jobs/route";
import * as rDatasetsIdReupload from "@/app/api/datasets/[id]/reupload/route";
import * as rDatasetsIdVersions from "@/app/api/datasets/[id]/versions/route";
import * as rReviewQueuesIdAccept from "@/app/api/review-queues/[id]/accept/route";
import * as rReviewQueuesIdAgreement from "@/app/api/review-queues/[id]/agreement/route";
import * as rReviewQueuesIdCalibration from "@/app/api/review-queues/[id]/calibration/route";
import * as rReviewQueuesIdDecisionsExport from "@/app/api/review-queues/[id]/decisions/export/route";
import * as rReviewQueuesIdDecisions from "@/app/api/review-queues/[id]/decisions/route";
import * as rReviewQueuesIdItems from "@/app/api/review-queues/[id]/items/route";
import * as rReviewQueues from "@/app/api/review-queues/route";
import * as rRunsIdVersions from "@/app/api/runs/[id]/versions/route";

/**
 * Every route module under app/api but Better Auth's (described in ./better-auth.ts), by its path on disk. A route
 * added without a line here fails openapi.int.test.ts, which lists the routes on disk.
 */
export const ROUTE_MODULES: readonly (readonly [string, TRouteModule])[] = [
  ["/api/compare", rCompare],
  ["/api/datasets/[id]", rDatasetsId],
  ["/api/datasets/[id]/samples", rDatasetsIdSamples],
  ["/api/datasets/preview", rDatasetsPreview],
  ["/api/datasets", rDatasets],
  ["/api/endpoints/[id]", rEndpointsId],
  ["/api/endpoints/[id]/test", rEndpointsIdTest],
  ["/api/endpoints", rEndpoints],
  ["/api/health", rHealth],
  ["/api/judgings/[id]/cancel", rJudgingsIdCancel],
  ["/api/judgings/[id]/judgements", rJudgingsIdJudgements],
  ["/api/judgings/[id]/resume", rJudgingsIdResume],
  ["/api/judgings/[id]", rJudgingsId],
  ["/api/judgings/jury", rJudgingsJury],
  ["/api/judgings", rJudgings],
  ["/api/leaderboard/export", rLeaderboardExport],
  ["/api/leaderboard", rLeaderboard],
  ["/api/local/v1/chat/completions", rLocalV1ChatCompletions],
  ["/api/local/v1/models", rLocalV1Models],
  ["/api/openapi.json", rOpenapiJson],
  ["/api/pairwise-judgings/[id]/cancel", rPairwiseIdCancel],
  ["/api/pairwise-judgings/[id]/export", rPairwiseIdExport],
  ["/api/pairwise-judgings/[id]/rejudge", rPairwiseIdRejudge],
  ["/api/pairwise-judgings/[id]/resume", rPairwiseIdResume],
  ["/api/pairwise-judgings/[id]", rPairwiseId],
  ["/api/pairwise-judgings/[id]/samples/[sampleId]", rPairwiseIdSamplesSampleid],
  ["/api/pairwise-judgings/[id]/samples", rPairwiseIdSamples],
  ["/api/pairwise-judgings/preview", rPairwisePreview],
  ["/api/pairwise-judgings", rPairwise],
  ["/api/runs/[id]/cancel", rRunsIdCancel],
  ["/api/runs/[id]/invalid-groups", rRunsIdInvalidGroups],
  ["/api/runs/[id]/outputs/[sampleId]", rRunsIdOutputsSampleid],
  ["/api/runs/[id]/outputs/export", rRunsIdOutputsExport],
  ["/api/runs/[id]/outputs", rRunsIdOutputs],
  ["/api/runs/[id]/rerun-failed", rRunsIdRerunFailed],
  ["/api/runs/[id]/resume", rRunsIdResume],
  ["/api/runs/[id]", rRunsId],
  ["/api/runs/gate", rRunsGate],
  ["/api/runs/preview", rRunsPreview],
  ["/api/runs", rRuns],
  ["/api/runs/embedding-classifier", rRunsEmbeddingClassifier],
  ["/api/datasets/[id]/finetune-export", rDatasetsIdFinetuneExport],
  ["/api/finetunes/[id]/cancel", rFinetunesIdCancel],
  ["/api/finetunes/[id]", rFinetunesId],
  ["/api/finetunes", rFinetunes],
  ["/api/local/v1/embeddings", rLocalV1Embeddings],
  ["/api/local/v1/files", rLocalV1Files],
  ["/api/local/v1/fine_tuning/jobs/[id]/cancel", rLocalV1FineTuningJobsIdCancel],
  ["/api/local/v1/fine_tuning/jobs/[id]/events", rLocalV1FineTuningJobsIdEvents],
  ["/api/local/v1/fine_tuning/jobs/[id]", rLocalV1FineTuningJobsId],
  ["/api/local/v1/fine_tuning/jobs", rLocalV1FineTuningJobs],
  // Issue 15: review queues and dataset versions.
  ["/api/datasets/[id]/reupload", rDatasetsIdReupload],
  ["/api/datasets/[id]/versions", rDatasetsIdVersions],
  ["/api/review-queues/[id]/accept", rReviewQueuesIdAccept],
  ["/api/review-queues/[id]/agreement", rReviewQueuesIdAgreement],
  ["/api/review-queues/[id]/calibration", rReviewQueuesIdCalibration],
  ["/api/review-queues/[id]/decisions/export", rReviewQueuesIdDecisionsExport],
  ["/api/review-queues/[id]/decisions", rReviewQueuesIdDecisions],
  ["/api/review-queues/[id]/items", rReviewQueuesIdItems],
  ["/api/review-queues", rReviewQueues],
  ["/api/runs/[id]/versions", rRunsIdVersions],
];
