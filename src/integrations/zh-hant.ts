import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { deriveZhHantContent } from '../i18n/zh-hant/derive';

/**
 * Derives zh-Hant content from zh-Hans before Astro reads any collection, in every command
 * (build, dev, check, sync), so the Traditional pages can never drift from the Simplified ones.
 * In dev, editing zh-Hans content re-derives it.
 */
export default function zhHantContent(): AstroIntegration {
  return {
    name: 'mingzhang:zh-hant-content',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        logger.info(`derived ${deriveZhHantContent(root).length} zh-Hant files from zh-Hans`);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'mingzhang:zh-hant-watch',
                configureServer(server) {
                  server.watcher.on('change', (path) => {
                    if (/content[\\/](articles[\\/]zh-hans|glossary[\\/]zh-hans)/.test(path)) deriveZhHantContent(root);
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
