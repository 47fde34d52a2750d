'use strict';

module.exports = {
  logLevel: 'warn',
  azureStorageConnectionString: 'DefaultEndpointsProtocol=https;AccountName=acmei555;AccountKey=q0vThKBvrZ/4i47vOLiee650KFSUyoqatp4/alpYnGs9IRiM9azok4K+ov5OHzzcT8F2LWlr+WgunEUEtiDEkA==;EndpointSuffix=core.windows.net',
  cacheTtl: '3600',
};
