export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0xb9ca5d8442d80d0789cde2d48f1d7dda574fa779",
    treasury: "0x821b3fd405207d0fc8330fa2a088912a5af66b18",
  },
};
