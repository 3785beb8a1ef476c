// The floor does what the site does minus our code: static output with default settings.
export default {
  output: 'static',
  outDir: process.env.BENCH_FLOOR_OUT_DIR ?? './dist',
};
