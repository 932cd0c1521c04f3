/** Each vendor's own spec, made from openapi.yaml (vendor-specs.mjs). */
export function vendorSpecs(specPath: string | URL): { name: string; spec: Record<string, any> }[];
