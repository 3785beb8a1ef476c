import { schemaTypes, singletonTypeNames } from '@smp/schemas';
import { visionTool } from '@sanity/vision';
import { defineConfig, type DocumentActionComponent, type Template } from 'sanity';
import { structureTool } from 'sanity/structure';
import { resolveStudioEnv } from './env.ts';
import { FAQ_IN_CATEGORY_TEMPLATE, structure } from './structure.ts';

const env = resolveStudioEnv();
const singletonTypes: ReadonlySet<string> = new Set(singletonTypeNames);

/** Actions a singleton keeps: no delete, duplicate or unpublish, so there is always exactly one. */
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

/** GROQ API version the Vision tool starts with; matches the site's client. */
const VISION_API_VERSION = '2025-02-19';

const faqInCategory: Template = {
  id: FAQ_IN_CATEGORY_TEMPLATE,
  title: 'FAQ in category',
  schemaType: 'faq',
  parameters: [{ name: 'category', type: 'string' }],
  value: (params: { category?: string }) => ({ category: params.category }),
};

export default defineConfig({
  name: 'default',
  title: 'Pointwell Scalp Clinic',
  projectId: env.projectId,
  dataset: env.dataset,
  // Only when set: the local Content Lake used in tests serves the API from another host.
  ...(env.apiHost === undefined ? {} : { apiHost: env.apiHost }),
  plugins: [structureTool({ structure }), visionTool({ defaultApiVersion: VISION_API_VERSION })],
  schema: {
    types: schemaTypes,
    // Singletons cannot be created from "New document"; the settings document already exists.
    templates: (templates) => [
      ...templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
      faqInCategory,
    ],
  },
  document: {
    newDocumentOptions: (options, { creationContext }) =>
      creationContext.type === 'global'
        ? options.filter(({ templateId }) => templateId !== FAQ_IN_CATEGORY_TEMPLATE)
        : options,
    actions: (actions: DocumentActionComponent[], { schemaType }) =>
      singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action))
        : actions,
  },
});
