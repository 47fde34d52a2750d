export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0x97bc272d3c36681c53261d0936d8575fc61b1d78",
    treasury: "0xda800be3c34ec8a6db1521127ac3a3deb1aa7820",
  },
};
