export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0xc59f6a99539d2d226a0560cacde039c40b5962d3",
    treasury: "0x16d62f3cc90d6970f21e5976e9149846a0d28a1e",
  },
};
