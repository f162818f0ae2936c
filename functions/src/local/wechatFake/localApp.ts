/** The WeChat app the local stack's fake accepts; the handlers are configured with the same pair. */
export const localWeChatApp = { appId: 'wx00000000000local', appSecret: 'local-wechat-secret-not-real' } as const;
