/**
 * The browser-side boot script of the GraphiQL page. It is served as a same-origin asset rather
 * than inlined, so the page's Content-Security-Policy can say `script-src 'self'` with no nonce or
 * hash. It reads its settings from a non-executable JSON block that the page embeds.
 */

/** What the page embeds for the boot script (JSON in `<script type="application/json">`). */
export interface GraphiQLBootConfig {
  endpoint: string;
  /** Logo text shown where GraphiQL would show its own (external) logo link. */
  logo: string;
  tabs: Array<{ query: string; variables?: string }>;
}

export const BOOT_CONFIG_ELEMENT_ID = 'egov-graphiql-config';
export const MOUNT_ELEMENT_ID = 'graphiql';

/*
 * Plain ES2017 for the browser, kept as text because the project compiles for Node without DOM
 * types. React, ReactDOM and GraphiQL are the UMD globals loaded by the preceding script tags.
 * A custom GraphiQL.Logo replaces the default one, the only always-visible link to another host.
 */
export const GRAPHIQL_BOOT_JS = `(function () {
  'use strict';
  var config = JSON.parse(document.getElementById(${JSON.stringify(BOOT_CONFIG_ELEMENT_ID)}).textContent);
  var props = { fetcher: GraphiQL.createFetcher({ url: config.endpoint }) };
  if (config.tabs.length > 0) {
    props.defaultTabs = config.tabs;
    seedFirstTabVariables(config.tabs[0].variables);
  }
  var root = ReactDOM.createRoot(document.getElementById(${JSON.stringify(MOUNT_ELEMENT_ID)}));
  root.render(React.createElement(GraphiQL, props, React.createElement(GraphiQL.Logo, null, config.logo)));

  // GraphiQL 3.9 fills the editors of the first default tab with its query but not its variables:
  // the variables editor starts from storage. On a first visit (no saved tabs) put them there.
  function seedFirstTabVariables(variables) {
    try {
      if (variables && localStorage.getItem('graphiql:tabState') === null) {
        localStorage.setItem('graphiql:variables', variables);
      }
    } catch (e) {
      // storage disabled: GraphiQL runs without it and the first tab lacks its variables
    }
  }
})();
`;
