<#import "template.ftl" as layout>
<#-- Something went wrong during sign-in (an expired link, a missing cookie): say so and offer the way back. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("errorTitle")}
    <#elseif section = "form">
        <div id="kc-error-message">
            <p class="govuk-body">${kcSanitize(message.summary)?no_esc}</p>
            <#if !skipLink?? && client?? && client.baseUrl?has_content>
            <p class="govuk-body"><a class="govuk-link" id="backToApplication" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
