workers = "14"
github_token = "ghp_Rh51ANSnyGNK6JIjLMjeuK2p6fEbRXepWuBp"
