export default {
  networks: { sepolia: { url: process.env.RPC_URL } },
  contracts: {
    token: "0xbee69b2a2ed90beb54cb7a9d618a4c8065b3d84a",
    treasury: "0xb091a0f9dca09cfe1340254110725bb692616b18",
  },
};
