// Copy the GOV.UK Frontend script into static/dist (never committed; built by `make assets`).
import { cpSync, mkdirSync } from "node:fs";

mkdirSync("static/dist", { recursive: true });
cpSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", "static/dist/govuk-frontend.min.js");
