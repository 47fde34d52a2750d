export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0xa567fd830307e04ef30b3357a562ea33c08c8ae1",
    treasury: "0xa8388ffb1b7d31001b81b0a913753ba94bda0705",
  },
};
