// typescript-eslint's recommended rules, eslint-plugin-react's, and the Office add-in rules of
// eslint-plugin-office-addins (sync-in-loop, read-before-load, load-before-read, isNullObject), as
// its "react" config sets them. Its config objects are not spread in whole: they register an older
// nested @typescript-eslint plugin that cannot coexist with the current one.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";

const officeRules = officeAddins.configs.recommended.find((c) => c.plugins?.["office-addins"]).rules;
const officeAddinRules = Object.fromEntries(
  Object.entries(officeRules).filter(([name]) => name.startsWith("office-addins/")),
);

export default [
  {
    ignores: ["node_modules/**", "dist/**", "coverage/**", "test-results/**", "**/*.d.ts"],
  },
  { settings: { react: { version: "19.2" } } },
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeAddinRules,
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "no-eval": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
