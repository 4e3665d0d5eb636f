// Calls to the rasd HTTP API. Errors carry the server's message so pages can show it.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** Builds "/api/path?a=1&b=2", leaving out empty values. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return `/api/${path}${text ? `?${text}` : ""}`;
}

export async function fetchJson(url, options = {}) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json", ...(options.headers ?? {}) }, ...options });
  } catch (error) {
    throw new ApiError(`تعذّر الاتصال بالخادم · cannot reach the server (${error.message})`, 0);
  }
  const body = await response.text();
  let data = null;
  try {
    data = body ? JSON.parse(body) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = data?.error?.message ?? data?.error ?? data?.message ?? `${response.status} ${response.statusText}`;
    throw new ApiError(typeof message === "string" ? message : JSON.stringify(message), response.status);
  }
  if (data === null && body) throw new ApiError("الخادم أرسل ردًا غير صالح · invalid JSON from the server", response.status);
  return data;
}

export function postJson(url, payload) {
  return fetchJson(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload) });
}

/** The list inside a paged answer, whatever the envelope is called. */
export function itemsOf(data) {
  if (Array.isArray(data)) return data;
  return data?.items ?? data?.results ?? data?.events ?? data?.articles ?? [];
}

export function totalOf(data) {
  if (typeof data?.total === "number") return data.total;
  return itemsOf(data).length;
}
