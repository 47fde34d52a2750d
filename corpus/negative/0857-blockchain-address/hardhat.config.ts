export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0x67e00f4f8e02dbd0be26c173dd7a0551d920cab1",
    treasury: "0xace102a0cfd0e9a7eec3d6771c354d81b19a82ac",
  },
};
