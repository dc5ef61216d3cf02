// The floor page's own build settings: none of the site's plugins, relative asset paths.
import { defineConfig } from 'vite';

export default defineConfig({ base: './', logLevel: 'warn' });
