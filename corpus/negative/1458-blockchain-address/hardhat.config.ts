export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0x5a1e40b33e7620a14d52fb74a526e982254be3f8",
    treasury: "0xa70ec1f56b57c204ab74efd27bde5c9b056da383",
  },
};
