String password = request.getParameter("password");
String token = jwtService.generateToken(userDetails);
final String apiKey = props.getApiKey();
