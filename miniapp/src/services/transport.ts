import Taro from '@tarojs/taro';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  header: Record<string, string>;
  data?: unknown;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  data: unknown;
}

/** The one place that sends HTTP; tests replace this module. Rejects only when no answer came back. */
export async function send(req: HttpRequest): Promise<HttpResponse> {
  const res = await Taro.request({
    method: req.method,
    url: req.url,
    header: req.header,
    data: req.data as Record<string, unknown> | undefined,
    timeout: req.timeoutMs,
    dataType: 'json',
    responseType: 'text',
  });
  return { status: res.statusCode, data: res.data };
}
