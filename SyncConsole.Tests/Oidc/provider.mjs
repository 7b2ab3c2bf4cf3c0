// A real OpenID provider for the tests (npm oidc-provider), on 127.0.0.1 only. The test fixture starts it with
// `node provider.mjs` and these environment variables, waits for the "listening" line on stdout, and kills it by PID.
//   OIDC_PORT            port to listen on (required)
//   OIDC_CLIENT_ID       the one registered client (default syncconsole)
//   OIDC_CLIENT_SECRET   its secret (default test-secret)
//   OIDC_REDIRECT_URI    its redirect URI, e.g. http://127.0.0.1:5200/signin-oidc (required)
//   OIDC_POST_LOGOUT_URI where the provider may send the browser after sign-out (optional)
//   OIDC_ACCOUNT_CLAIMS  JSON object of extra claims every account gets, e.g. {"org":"<guid>","groups":["operator"]}
// devInteractions is on: any login name and password sign in, and the login name becomes the subject.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
if (!port || !process.env.OIDC_REDIRECT_URI) {
  console.error('OIDC_PORT and OIDC_REDIRECT_URI are required');
  process.exit(2);
}

const extraClaims = JSON.parse(process.env.OIDC_ACCOUNT_CLAIMS ?? '{}');
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: process.env.OIDC_CLIENT_ID ?? 'syncconsole',
    client_secret: process.env.OIDC_CLIENT_SECRET ?? 'test-secret',
    redirect_uris: [process.env.OIDC_REDIRECT_URI],
    post_logout_redirect_uris: process.env.OIDC_POST_LOGOUT_URI ? [process.env.OIDC_POST_LOGOUT_URI] : [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: `${id} (test provider)`, email: `${id}@example.test`, ...extraClaims };
      },
    };
  },
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email'],
    syncconsole: Object.keys(extraClaims),
  },
  scopes: ['openid', 'profile', 'email', 'syncconsole'],
  // Put the scope's claims into the id_token itself (the console reads them there, not from userinfo).
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ['syncconsole-test-provider-cookie-key'] },
});

provider.listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
