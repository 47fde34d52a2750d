import logging

from hashicorp_terraform_cloud_sdk import HashicorpTerraformCloudClient

log = logging.getLogger(__name__)

client = HashicorpTerraformCloudClient(token='F6BvJhZuI4x0QR.atlasv1.-AEcZL6vESd3Q3JB2nObwJapIzHP9xzMHd63Zy_DcIwcIdQGOoEVj9PdqlrWjZoWq1v')
log.info('client ready')
