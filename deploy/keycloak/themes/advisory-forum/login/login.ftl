<#import "template.ftl" as layout>
<#-- Sign in: a wrong username or password is one error summary linked to the field, and the field's own message. -->
<#assign credentialsError = messagesPerField.existsError('username','password')>
<#assign errorField = (usernameHidden??)?then('password', 'username')>
<@layout.registrationLayout displayMessage=!credentialsError titleError=credentialsError displayInfo=realm.password && realm.registrationAllowed && !registrationDisabled??; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "errorSummary">
        <#if credentialsError>
          <div class="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 class="govuk-error-summary__title">${msg("errorSummaryTitle")}</h2>
              <div class="govuk-error-summary__body">
                <ul class="govuk-list govuk-error-summary__list">
                  <li><a href="#${errorField}">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</a></li>
                </ul>
              </div>
            </div>
          </div>
        </#if>
    <#elseif section = "form">
        <#if realm.password>
        <form id="kc-form-login" action="${url.loginAction}" method="post" novalidate>
            <#if !usernameHidden??>
            <div class="govuk-form-group<#if credentialsError> govuk-form-group--error</#if>">
                <label for="username" class="govuk-label"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                <#if credentialsError>
                <p id="username-error" class="govuk-error-message"><span class="govuk-visually-hidden">${msg("errorPrefix")}:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                </#if>
                <input id="username" class="govuk-input govuk-!-width-two-thirds<#if credentialsError> govuk-input--error</#if>" name="username" value="${(login.username!'')}" type="text"
                       autocomplete="username" spellcheck="false" autocapitalize="none" dir="ltr"<#if credentialsError> aria-describedby="username-error"</#if>>
            </div>
            </#if>
            <div class="govuk-form-group<#if credentialsError && usernameHidden??> govuk-form-group--error</#if>">
                <label for="password" class="govuk-label">${msg("password")}</label>
                <#if credentialsError && usernameHidden??>
                <p id="password-error" class="govuk-error-message"><span class="govuk-visually-hidden">${msg("errorPrefix")}:</span> ${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                </#if>
                <input id="password" class="govuk-input govuk-!-width-two-thirds<#if credentialsError && usernameHidden??> govuk-input--error</#if>" name="password" type="password"
                       autocomplete="current-password" spellcheck="false" dir="ltr"<#if credentialsError && usernameHidden??> aria-describedby="password-error"</#if>>
            </div>
            <#if realm.rememberMe && !usernameHidden??>
            <div class="govuk-form-group">
              <div class="govuk-checkboxes govuk-checkboxes--small">
                <div class="govuk-checkboxes__item">
                  <input class="govuk-checkboxes__input" id="rememberMe" name="rememberMe" type="checkbox"<#if login.rememberMe??> checked</#if>>
                  <label class="govuk-label govuk-checkboxes__label" for="rememberMe">${msg("rememberMe")}</label>
                </div>
              </div>
            </div>
            </#if>
            <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>>
            <div class="govuk-button-group">
                <button class="govuk-button" name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
                <#if realm.resetPasswordAllowed>
                <a class="govuk-link" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a>
                </#if>
            </div>
        </form>
        </#if>
    <#elseif section = "info">
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
        <h2 class="govuk-heading-m">${msg("noAccount")}</h2>
        <p class="govuk-body"><a class="govuk-link" id="kc-registration" href="${url.registrationUrl}">${msg("doRegister")}</a></p>
        </#if>
    <#elseif section = "socialProviders">
        <#if realm.password && social?? && social.providers?has_content>
        <h2 class="govuk-heading-m">${msg("identity-provider-login-label")}</h2>
        <ul class="govuk-list">
            <#list social.providers as p>
            <li><a class="govuk-link" id="social-${p.alias}" href="${p.loginUrl}">${p.displayName!}</a></li>
            </#list>
        </ul>
        </#if>
    </#if>
</@layout.registrationLayout>
