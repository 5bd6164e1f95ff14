<#import "template.ftl" as layout>
<#-- Signing out asked for by a link without the id token: confirm it with one button (a POST). -->
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("logoutConfirmTitle")}
    <#elseif section = "form">
        <div id="kc-logout-confirm">
            <p class="govuk-body">${msg("logoutConfirmHeader")}</p>
            <form action="${url.logoutConfirmAction}" method="post">
                <input type="hidden" name="session_code" value="${logoutConfirm.code}">
                <div class="govuk-button-group">
                    <button class="govuk-button" name="confirmLogout" id="kc-logout" type="submit">${msg("doLogout")}</button>
                    <#if !logoutConfirm.skipLink && (client.baseUrl)?has_content>
                    <a class="govuk-link" href="${client.baseUrl}">${msg("backToApplication")}</a>
                    </#if>
                </div>
            </form>
        </div>
    </#if>
</@layout.registrationLayout>
