package org.advisoryforum.gateway.api;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.advisoryforum.gateway.client.ServiceProxy;

/** /api/** goes to the owning service with the caller's token; the services enforce their own roles. */
@Path("/api/{path: .+}")
public class ApiProxyResource {

    private final ServiceProxy proxy;

    public ApiProxyResource(ServiceProxy proxy) {
        this.proxy = proxy;
    }

    @GET
    public Uni<Response> get(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("GET", uri, headers, null);
    }

    @DELETE
    public Uni<Response> delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        return proxy.forward("DELETE", uri, headers, null);
    }

    @POST
    public Uni<Response> post(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("POST", uri, headers, body);
    }

    @PUT
    public Uni<Response> put(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("PUT", uri, headers, body);
    }

    @PATCH
    public Uni<Response> patch(@Context UriInfo uri, @Context HttpHeaders headers, byte[] body) {
        return proxy.forward("PATCH", uri, headers, body);
    }
}
