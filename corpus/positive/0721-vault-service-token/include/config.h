#ifndef CONFIG_H
#define CONFIG_H
#define AWS_REGION "us-east-1"
#define VAULT_TOKEN "hvs.CAESIa-Yn3FDtWOCj-jb6rIqLAPIy5G6fPtDIDOJABdfsCTxd7PSUHHlzZhXvfnffJNKQU_iSQHeISVTeV2Fncv9VSK"
#endif
