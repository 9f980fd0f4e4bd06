// Waits for the server started by `cargo leptos end-to-end` to answer /healthz.
export default async function globalSetup(): Promise<void> {
  const url = (process.env.BASE_URL ?? 'http://127.0.0.1:3000') + '/healthz';
  const deadline = Date.now() + 120_000;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy at ${url}: ${last}`);
}
