import { Client } from "./client";

const {{camel}} = "{{VALUE|dq}}";

export const client = new Client({ {{camel}}, timeoutMs: 5000 });
