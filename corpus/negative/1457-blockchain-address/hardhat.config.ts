export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0x34df3b7c370c7773e5492a1268fed33dc4ccb81b",
    treasury: "0x54b10897af96946227ee47e33173c3f8d58c71fe",
  },
};
