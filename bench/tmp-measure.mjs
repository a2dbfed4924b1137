import { bundlePage, bundlePageFromSource, describePage, PAGES, packTarball, installTarball } from "./bundle-size.mjs";
const site = installTarball(packTarball("/tmp/i19pack"), "/tmp/i19site");
for (const page of PAGES) {
  const [r, f] = await Promise.all([bundlePage(page, site), bundlePageFromSource(page)]);
  console.log(describePage(page, r, f).join("\n"));
}
