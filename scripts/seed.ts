// Seeds the demo workspace. Idempotent: running it again changes nothing.
// The foundation has nothing to seed yet beyond checking the database; the demo data sets arrive with the demo.
import { prisma } from "@/lib/db/prisma";
import { getWorkspaceCounts } from "@/lib/overview/queries";

const counts = await getWorkspaceCounts(prisma);
console.log(`workspace: ${counts.datasets} datasets, ${counts.endpoints} models, ${counts.runs} runs`);
await prisma.$disconnect();
