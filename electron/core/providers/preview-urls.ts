import type { UrlPreview } from '../../shared/provider';
import { checkBaseUrl, normalizeBaseUrl } from '../diagnose/url-checks';
import { adapterFor } from './protocols';
import type { ResolvedTarget } from './types';

/** Where chat and model-list requests would go for a target, and what is wrong with its base URL. */
export function previewUrls(target: ResolvedTarget): UrlPreview {
  const causes = target.baseUrl ? checkBaseUrl(target.baseUrl, target.protocol) : [];
  const suggested = target.baseUrl ? normalizeBaseUrl(target.baseUrl, target.protocol) : '';
  const adapter = adapterFor(target.protocol);
  const withModel = { ...target, model: target.model || '{model}' };
  return {
    chatUrl: target.baseUrl ? adapter.chatRequest(withModel, [], true).url : '',
    modelsUrl: target.baseUrl ? adapter.modelsRequest(withModel).url : '',
    ...(suggested && suggested !== target.baseUrl.trim().replace(/\/+$/, '') ? { suggestedBaseUrl: suggested } : {}),
    causes,
  };
}
