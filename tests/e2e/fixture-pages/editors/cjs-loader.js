// React 19 ships no UMD build: load its real CommonJS production files with a tiny require(), so the
// fixture runs React's genuine value tracker and onChange instead of an imitation.
window.loadCommonJs = async (files) => {
  const sources = Object.fromEntries(
    await Promise.all(Object.entries(files).map(async ([name, url]) => [name, await (await fetch(url)).text()])),
  );
  const cache = {};
  const require = (name) => {
    if (cache[name]) return cache[name].exports;
    if (!(name in sources)) throw new Error(`fixture loader: unknown module ${name}`);
    const module = (cache[name] = { exports: {} });
    new Function('module', 'exports', 'require', 'process', sources[name])(module, module.exports, require, {
      env: { NODE_ENV: 'production' },
    });
    return module.exports;
  };
  return require;
};
