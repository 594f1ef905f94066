// Which pipeline found a store's findings. Findings from another pipeline would differ from what this one finds,
// so a store from another is stale. The model's weights change with every `npm run train` and are hashed (412 kB,
// about 1 ms, once per thread); rules and word lists have no such cheap fingerprint, so PIPELINE_REVISION is
// bumped by hand when extraction's output changes, and the host adds the extension's version (a release is a
// new pipeline too). Imports the weights: only the indexing thread asks, the editor's thread asks it.
import { MODEL_WEIGHTS } from '../model/weights';
import { textHash } from './contentHash';

/** Bump when findInArticle's output changes for the same text (rules, word lists), or when ArticleFindings does. */
const PIPELINE_REVISION = 4;

let version: string | undefined;

export function pipelineVersion(): string {
  version ??= `${PIPELINE_REVISION}/model-${textHash(MODEL_WEIGHTS)}`;
  return version;
}
