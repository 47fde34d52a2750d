terraform {
  required_version = ">= 1.5"
}

provider "gcp" {
  gcp_access_token = "ya29.a02bdf_3ArhilIBPRi1jkf9D6fsr0BlRdPm_LIHxc0q0Fl3KfaMiA7dTjYhYig1QeItvtKg6OMq1rdaBshv8LzymxPuqYslWLYph2acFq0iMtsGcgz1WF1XV5QigrQs-whWw1XZl6v2U3fK2KRnuX3bLGg_yJl_x7g-XrLgz-g8knA33vO-1gY"
  region = "eu-west-1"
}

resource "null_resource" "noop" {}
